import type { Dictionary } from "../../dictionary";

export default {
  page: {
    title: "La matriz de habilidades",
    description: "Doce áreas de habilidad valoradas para seis roles de datos e IA, de bajo a avanzado, con la fuente de cada valoración.",
    scale: {
      one: "Todos los roles de este sitio se valoran en la misma área de habilidad, con una sola escala: {levels}.",
      other: "Todos los roles de este sitio se valoran en las mismas {n} áreas de habilidad, con una sola escala: {levels}.",
    },
    range: "Un rango, por ejemplo de {min} a {max}, significa que las fuentes sitúan el rol entre dos niveles.",
    sources: {
      one: "De las {cells} valoraciones, {n} se copia de una matriz publicada de tres roles; las otras {derived} son la lectura que hace este sitio de las descripciones de los roles, y cada {link} explica su motivo.",
      other: "De las {cells} valoraciones, {n} se copian de una matriz publicada de tres roles; las otras {derived} son la lectura que hace este sitio de las descripciones de los roles, y cada {link} explica su motivo.",
    },
    rolesLink: "página de rol",
    caption: "{skills} áreas de habilidad por {roles} roles",
    chartHeading: "¿Cómo se comparan los seis perfiles de un vistazo?",
    chartIntro: "El gráfico dibuja la tabla de arriba: una fila por área de habilidad y una marca por rol, del nivel {low}, a la izquierda, al {advanced}, a la derecha.",
    chartTitle: "Los seis roles",
    areasHeading: "¿Qué abarca cada área de habilidad?",
  },
  table: {
    label: "Matriz de habilidades",
    caption: "Niveles de habilidad {roles.of}",
    skill: "Área de habilidad",
    keyMatrix: "Las celdas sin asterisco vienen de la matriz publicada.",
    keyDerived: "Las celdas con asterisco las deduce este sitio de las descripciones de los roles; cada página de rol explica el motivo.",
  },
  source: {
    matrix: "(de la matriz publicada)",
    derived: "(deducido por este sitio)",
  },
  areas: {
    tools: "Herramientas:",
    neededMost: "Quién más la necesita:",
    role: "{role.text} ({level})",
    articles: { one: "{n} artículo la enseña", other: "{n} artículos la enseñan" },
  },
  chart: {
    row: "{skill}: {ratings}",
    rating: "{role} {level}",
    spark: "{role}, niveles de habilidad: {ratings}",
    sparkRating: "{skill} {level}",
  },
} satisfies Dictionary["matrix"];
