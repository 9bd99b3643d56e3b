import type { Dictionary } from "../../dictionary";

// Dentro de una frase, los nombres de roles y etapas van en minúscula y con su artículo, tal como
// los escribe el contenido ({a.the}: «el científico de datos»; {a.of}: «del»; {a.to}: «al»).
// Nunca «y {x}» ante un nombre, que puede empezar por «i» («e ingeniero»): las listas pasan por Intl.
export default {
  vs: "{a} vs. {b.text}",
  words: {
    list: {
      and: "y",
      twoWithAnd: "",
      itemWithAnd: "el área de {item}",
    },
    levels: { one: "{n} nivel", other: "{n} niveles" },
    hiringStages: { startup: "En una startup", growing: "En una empresa en crecimiento", enterprise: "En una gran empresa" },
    toolExamples: { suchAs: "como", and: "y", or: "o" },
    gist: {
      differ: { one: "Difiere {n} de {total} áreas de habilidad", other: "Difieren {n} de {total} áreas de habilidad" },
      leads: "{differ}; {a.the} va más por delante en {skillA}, y {b.the}, en {skillB}.",
      plain: "{differ}.",
    },
    choose: {
      deeper: {
        one: "…quieres llegar más lejos en {skills}: {self.the} necesita más nivel en esa área que {other.the}.",
        other: "…quieres llegar más lejos en {skills}: {self.the} necesita más nivel en esas áreas que {other.the}.",
      },
      noDeeper: "…no te atrae la profundidad extra que pide {other.the}: {self.the} no necesita más nivel en ninguna área de habilidad.",
      lighter: " Te pedirá menos nivel en {skills}.",
      shared: "Elijas el que elijas, los dos roles piden un nivel muy parecido en {skills}, así que el tiempo que les dediques cuenta para los dos. ",
      light: "Ninguno de los dos necesita mucho nivel en {skills}.",
    },
    moves: {
      alsoMove: "También pueden dar el mismo paso {names.thePlural}.",
      alsoFirstStep: "También pueden dar el mismo primer paso {names.thePlural}.",
    },
  },
  index: {
    title: "Compara dos roles",
    description:
      "Los seis roles de datos e IA, de dos en dos: niveles de habilidad, flujos de trabajo, herramientas, contratación, cambios de rol y cuál te encaja.",
    lede: "Elige dos de los seis roles para ver sus valoraciones de habilidades lado a lado, las herramientas que comparten, cómo son sus días y cuál encaja con lo que disfrutas. Todas las comparaciones parten de la misma matriz de habilidades que el resto del sitio.",
    gridHeading: "Todas las parejas de un vistazo",
    gridIntro:
      "Cada celda abre la comparación entre el rol de su fila y el de su columna, e indica en cuántas áreas de habilidad sus valoraciones no comparten ningún nivel.",
    listHeading: "Las {n} comparaciones",
  },
  grid: {
    caption: "Elige una fila y una columna para comparar dos roles",
    label: "Tabla de comparaciones",
    same: "El mismo rol",
    compare: "Comparar",
    comparePair: " {a.to} con {b.the}",
    count: { one: "{n} de {total} áreas difiere", other: "{n} de {total} áreas difieren" },
  },
  pair: {
    description:
      "¿{a} o {b.text}? Compara sus niveles de habilidad, flujos de trabajo, herramientas, contratación y cambios de rol, y descubre cuál te encaja.",
    kicker: "Comparar roles",
    lede: "{a.The} ({a.english}) se pregunta: «{questionA}». {b.The} ({b.english}) se pregunta: «{questionB}». Así se comparan, área por área, con las mismas valoraciones que usa el resto del sitio.",
    sections: {
      glance: "Para qué sirve cada rol",
      skills: "En qué se diferencian sus habilidades",
      written: "Más sobre {a.the} y {b.the}",
      workflow: "Cómo avanza el trabajo, paso a paso",
      tools: "Las herramientas de cada uno",
      suits: "A quién le encaja cada rol",
      moves: "Cómo pasar de un rol al otro",
      hiring: "Cómo contratan las empresas a cada uno",
      choose: "¿Cuál deberías elegir?",
      faq: "Preguntas y respuestas",
      next: "Sigue explorando",
    },
    skillsLead: "{a.The} necesita más nivel en {aCount} de las {total} áreas de habilidad; {b.the}, en {bCount}, y los dos comparten nivel en {even}.",
    ratingsHeading: "Todas las valoraciones, lado a lado",
    chartTitle: "Perfiles de habilidades {a.of} y {b.of}",
    chartCaption: "Los dos perfiles en una misma escala, de {low} a {advanced}; una línea indica un rango. La tabla de arriba da las mismas valoraciones.",
    workflowHeading: "{role}",
    suitsHeading: "{role.The} es para ti si",
  },
  glance: {
    meta: "{layer} · {focus}",
    layers: {
      foundation: "Capa de cimientos de datos",
      descriptive: "Capa descriptiva",
      predictive: "Capa predictiva",
      production: "Capa de producción",
    },
    question: "Pregunta central",
    objective: "Objetivo",
    quote: "«{text}»",
  },
  summary: {
    leads: "Donde {role.the} necesita más",
    leadsNone: "{role.The} no necesita más nivel que {other.the} en ninguna área de habilidad.",
    even: "Donde coinciden",
    evenNone: "Los dos roles no comparten nivel en ninguna área de habilidad.",
    levels: "{a} vs. {b}",
    orderNote: "Los niveles se dan como {a.text} vs. {b.text}; las listas en las que un rol necesita más empiezan por la mayor diferencia.",
  },
  ratings: {
    caption: "Niveles de habilidad {a.of} y {b.of}, con la diferencia",
    skillArea: "Área de habilidad",
    difference: "Diferencia",
    gap: "Dif.",
    even: "Igual",
    higher: " ({levels} más)",
    key: "Diferencia (dif.): cuántos niveles, en la escala de {low} a {advanced}, necesita el rol que va por delante por encima del otro; «{even}» donde las dos valoraciones comparten un nivel.",
    derived: "Las valoraciones con asterisco las deduce este sitio de las descripciones de los roles; las demás vienen de la matriz publicada.",
  },
  tools: {
    shared: "Los dos usan",
    sharedNone: "Los dos roles no tienen ninguna herramienta en común.",
    only: "Solo {role.the}",
    onlyNone: "Todas las herramientas que usa {role.the} las usa también {other.the}.",
  },
  moves: {
    then: ", luego ",
    firstStep: "Primero, el paso a {name.text}.",
    nextStep: "Después, el paso a {name.text}.",
    none: "Las trayectorias profesionales que recoge este sitio no incluyen ningún paso entre {a.the} y {b.the}. Los demás cambios de cada rol están en la {link}.",
    pathsLink: "página de trayectorias profesionales",
  },
  hiring: {
    silent: "Las fuentes no dicen nada concreto sobre cómo contratan {role.to} las empresas en esta etapa.",
    none: "Las fuentes no describen cómo contratan las empresas a ninguno de los dos roles.",
  },
  choose: {
    heading: "Elige el rol de {role.text} si…",
    quiz: "¿Sigues dudando? {link}: ordena los seis roles según el trabajo que disfrutas y te muestra por qué.",
    quizLink: "Haz el cuestionario",
  },
  next: {
    inDepth: "El rol de {role.text} a fondo",
    comparedWith: "{role} comparado con:",
    all: "{link} están en la página de comparaciones.",
    allLink: "Todas las parejas de roles",
  },
  redirect: {
    title: "Redirigiendo a {page}",
    body: "Esta comparación está en {link}.",
  },
} satisfies Dictionary["compare"];
