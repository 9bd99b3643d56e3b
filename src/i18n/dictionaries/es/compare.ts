import type { Dictionary } from "../../dictionary";

// Inside a sentence, role and stage names are written in lower case ("el científico de datos"),
// as on the role pages; they are masculine, so "del {role}" and "al {role}" are written out.
// Never "y {x}" before a name, which may start with "i" ("e ingeniero"): lists go through Intl.
export default {
  lowerNamesInText: true,
  vs: "{a} vs. {b}",
  vsWord: "vs.",
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
      leads: "{differ}; el {a} va más por delante en {skillA}, y el {b}, en {skillB}.",
      plain: "{differ}.",
    },
    choose: {
      deeper: {
        one: "…quieres llegar más lejos en {skills}: el {self} necesita más nivel en esa área que el {other}.",
        other: "…quieres llegar más lejos en {skills}: el {self} necesita más nivel en esas áreas que el {other}.",
      },
      noDeeper: "…no te atrae la profundidad extra que pide el {other}: el {self} no necesita más nivel en ninguna área de habilidad.",
      lighter: " Te pedirá menos nivel en {skills}.",
      shared: "Elijas el que elijas, los dos roles piden un nivel muy parecido en {skills}, así que el tiempo que les dediques cuenta para los dos. ",
      light: "Ninguno de los dos necesita mucho nivel en {skills}.",
    },
    moves: {
      group: "{name}",
      alsoMove: "También se puede dar el mismo paso desde {names}.",
      alsoFirstStep: "También se puede dar el mismo primer paso desde {names}.",
    },
  },
  index: {
    title: "Comparar dos roles",
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
    comparePair: " {pair}",
    count: { one: "{n} de {total} áreas difiere", other: "{n} de {total} áreas difieren" },
  },
  pair: {
    description:
      "¿{aTitle} o {b}? Compara sus niveles de habilidad, flujos de trabajo, herramientas, contratación y cambios de rol, y descubre cuál te encaja.",
    kicker: "Comparar roles",
    firstMention: "{name} ({english})",
    lede: "El {a} se pregunta: «{questionA}». El {b} se pregunta: «{questionB}». Así se comparan, área por área, con las mismas valoraciones que usa el resto del sitio.",
    sections: {
      glance: "Para qué sirve cada rol",
      skills: "En qué se diferencian sus habilidades",
      written: "Más sobre el {a} y el {b}",
      workflow: "Cómo avanza el trabajo, paso a paso",
      tools: "Las herramientas de cada uno",
      suits: "A quién le encaja cada rol",
      moves: "Cómo pasar de un rol al otro",
      hiring: "Cómo contratan las empresas a cada uno",
      choose: "¿Cuál deberías elegir?",
      faq: "Preguntas y respuestas",
      next: "Sigue explorando",
    },
    skillsLead: "El {a} necesita más nivel en {aCount} de las {total} áreas de habilidad; el {b}, en {bCount}, y los dos comparten nivel en {even}.",
    ratingsHeading: "Todas las valoraciones, lado a lado",
    chartTitle: "Perfiles de habilidades del {a} y del {b}",
    chartCaption: "Los dos perfiles en una misma escala, de {low} a {advanced}; una línea indica un rango. La tabla de arriba da las mismas valoraciones.",
    workflowHeading: "{role}",
    suitsHeading: "El {role} es para ti si",
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
    leads: "Donde el {role} necesita más",
    leadsNone: "El {role} no necesita más nivel que el {other} en ninguna área de habilidad.",
    even: "Donde coinciden",
    evenNone: "Los dos roles no comparten nivel en ninguna área de habilidad.",
    levels: "{a} vs. {b}",
    orderNote: "Los niveles se dan como {a} vs. {b}; las listas en las que un rol necesita más empiezan por la mayor diferencia.",
  },
  ratings: {
    caption: "Niveles de habilidad del {a} y del {b}, con la diferencia",
    skillArea: "Área de habilidad",
    difference: "Diferencia",
    gap: "Dif.",
    even: "Igual",
    higher: " ({levels} más)",
    key: "Diferencia (dif.): cuántos niveles, en la escala de {low} a {advanced}, necesita el rol que va por delante por encima del otro; «{even}» donde las dos valoraciones comparten un nivel.",
    derived: "Las valoraciones con asterisco las deduce este sitio de las descripciones de los roles; las demás vienen de la matriz de origen publicada.",
  },
  tools: {
    shared: "Los dos usan",
    sharedNone: "Los dos roles no tienen ninguna herramienta en común.",
    only: "Solo el {role}",
    onlyNone: "Todas las herramientas que usa el {role} las usa también el {other}.",
  },
  moves: {
    then: ", luego ",
    firstStep: "Primero, el paso a {name}.",
    nextStep: "Después, el paso a {name}.",
    none: "Las trayectorias profesionales que recoge este sitio no incluyen ningún paso entre el {a} y el {b}. Los demás cambios de cada rol están en la {link}.",
    pathsLink: "página de trayectorias profesionales",
  },
  hiring: {
    silent: "Las fuentes no dicen nada concreto sobre cómo contratan al {role} las empresas en esta etapa.",
    none: "Las fuentes no describen cómo contratan las empresas a ninguno de los dos roles.",
  },
  choose: {
    heading: "Elige el rol de {role} si…",
    quiz: "¿Sigues dudando? {link}: ordena los seis roles según el trabajo que disfrutas y te muestra por qué.",
    quizLink: "Haz el cuestionario",
  },
  next: {
    inDepth: "El rol de {role} a fondo",
    comparedWith: "{role} comparado con:",
    all: "{link} están en la página de comparaciones.",
    allLink: "Todas las parejas de roles",
  },
  redirect: {
    title: "Redirigiendo a {page}",
    body: "Esta comparación está en {link}.",
  },
} satisfies Dictionary["compare"];
