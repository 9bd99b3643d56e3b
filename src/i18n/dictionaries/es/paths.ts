import type { Dictionary } from "../../dictionary";

export default {
  page: {
    title: "Trayectorias profesionales entre los roles de datos",
    description:
      "Los cambios que hacen las personas entre trabajos de datos: de analista a científico de datos, de científico de datos o ingeniero de software a ingeniero de machine learning, de analista a director de datos.",
    intro: [
      "Nadie sube por una única escalera en el trabajo con datos. Los roles están uno junto al otro y se apoyan entre sí, así que las personas pasan de uno a otro en varias direcciones. El gráfico muestra los cambios que las fuentes consideran habituales: del análisis a la ciencia de datos, del modelado a los sistemas en producción, de la ingeniería de software al machine learning (aprendizaje automático) y del análisis a dirigir un equipo.",
      "Un puesto de analista es la vía de entrada habitual. Empezar como analista de datos (Data Analyst) o analista de negocio (Business Analyst) te da datos reales y preguntas de negocio reales antes de aspirar a un puesto de científico de datos (Data Scientist) o de ingeniero de machine learning (ML Engineer). Las fuentes recogen los cambios; la línea bajo cada uno, sobre lo que requiere, es la lectura que hace este sitio de las habilidades de cada lado.",
    ],
    graphTitle: "Cambios de carrera entre los roles de datos y las etapas intermedias",
    moves: "Todos los cambios, ruta por ruta",
    stages: "Etapas fuera de los seis roles",
  },
  next: {
    heading: "Adónde ir después",
    quiz: "{link} para ver qué rol encaja con el trabajo que disfrutas y, así, adónde podría llevarte un cambio.",
    quizLink: "Haz el cuestionario",
    compare: "Mira qué cambia en cada paso, habilidad por habilidad:",
    compareLink: "Compara {a.to} con {b.the}",
    matrix: "{link}: cada área de habilidad valorada para los seis roles.",
    matrixLink: "La matriz de habilidades",
  },
  kinds: {
    role: "rol",
    "career-stage": "etapa profesional",
    "adjacent-role": "rol adyacente",
    "hybrid-role": "rol híbrido",
  },
  legend: {
    label: "Leyenda del gráfico",
    role: "Uno de los seis roles, relleno con su color; abre la página del rol",
    "career-stage": "Etapa profesional: un paso dentro de una trayectoria",
    "adjacent-role": "Rol adyacente: un trabajo fuera de los seis",
    "hybrid-role": "Rol híbrido que las fuentes ven surgir",
    move: "Un cambio que recogen las fuentes; la flecha apunta adonde lleva",
  },
  graph: {
    moves: { one: "El gráfico muestra {n} cambio: {list}.", other: "El gráfico muestra {n} cambios: {list}." },
    move: "de {from.text} a {to.text}",
    group: "{label}: {members.text}.",
  },
  figure: {
    caption: "Cada flecha es un cambio. Después del gráfico encontrarás {link}.",
    link: "los mismos cambios explicados por escrito",
  },
  moveList: { to: "a" },
  emerging: {
    role: "Uno de los seis roles que cubre este sitio. {summary}",
  },
} satisfies Dictionary["paths"];
