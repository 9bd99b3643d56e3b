import type { Dictionary } from "../../dictionary";

// Dentro de una frase, los nombres de los roles van en minúscula y con su artículo, tal como los
// escribe el contenido ({role.text}, {role.the}, {role.of}: «del científico de datos»).
export default {
  lowerNamesInText: true,
  layers: {
    foundation: { heading: "Capa de cimientos de datos", inText: "la capa de cimientos de datos" },
    descriptive: { heading: "Capa descriptiva", inText: "la capa descriptiva" },
    predictive: { heading: "Capa predictiva", inText: "la capa predictiva" },
    production: { heading: "Capa de producción", inText: "la capa de producción" },
  },
  payTiers: { "entry-to-mid": "De inicial a medio", higher: "Más alto", highest: "A menudo, el más alto" },
  stages: { startup: "Startups", growing: "Empresas en crecimiento", enterprise: "Grandes empresas" },
  stagesInText: { startup: "las startups", growing: "las empresas en crecimiento", enterprise: "las grandes empresas" },
  card: {
    coreQuestion: "Pregunta central: ",
    quoted: "«{question}»",
    meta: "{layer} · {focus}",
  },
  index: {
    title: "Los seis roles de datos e IA",
    description:
      "Analista de datos, científico de datos, ingeniero de machine learning, ingeniero de datos, ingeniero de deep learning e ingeniero de IA, agrupados según la pregunta que responde cada uno.",
    lede:
      "Cada rol responde a una pregunta distinta sobre los datos de una empresa: desde de dónde salen hasta cómo funciona un modelo para millones de usuarios. Busca la pregunta que más te interese y abre el rol para ver en qué consiste el trabajo y qué hace falta para hacerlo.",
    key: "Las barras de cada tarjeta son los niveles del rol en las doce áreas de habilidad, en el orden de la {matrix} (primero {first}, por último {last}); cuanto más alta es la barra, más alto es el nivel.",
    matrixLink: "matriz de habilidades",
    strongest: "Sus áreas más fuertes",
    nextHeading: "¿No sabes cuál es el tuyo?",
    next: {
      compare: { text: "{link}, lado a lado y habilidad por habilidad.", link: "Compara dos roles" },
      skills: { text: "{link}: doce áreas por seis roles, con la fuente de cada valoración.", link: "Consulta la matriz de habilidades completa" },
      paths: { text: "{link} que sigue la gente entre estos roles.", link: "Recorre las trayectorias profesionales" },
      quiz: { text: "{link} para ordenar los seis roles según el trabajo que te gusta.", link: "Haz el cuestionario" },
    },
  },
  page: {
    title: "{name} ({english}): habilidades, herramientas y trayectorias profesionales",
    up: "Los seis roles",
    englishName: "En las ofertas de empleo:",
    questionLabel: "La pregunta que responde",
    readingMore: "Los {shown} más recientes de los {count} artículos sobre el rol. {all}.",
    readingAll: "Ver todos los artículos sobre el rol",
    facts: { layer: "Capa", focus: "Enfoque", pay: "Salario relativo", payUnknown: "Las fuentes no lo comparan" },
    sections: {
      purpose: "¿Para qué sirve el rol de {role.text}?",
      responsibilities: "¿De qué se encarga quien trabaja como {role.text}?",
      example: "¿Cómo se aborda un problema real desde el rol de {role.text}?",
      skills: "¿Qué habilidades pide el rol de {role.text}?",
      tools: "¿Con qué herramientas se trabaja como {role.text}?",
      workflow: "¿Cómo se desarrolla el trabajo, paso a paso?",
      fit: "¿A quién le va bien este rol?",
      pay: "¿Cómo se paga frente a los demás roles?",
      hiring: "¿Cómo contratan las empresas para el puesto de {role.text}?",
      myths: "¿Qué ideas equivocadas hay sobre el rol?",
      paths: "¿Cómo se entra en el rol y adónde lleva?",
      compare: "¿Cómo se compara el rol de {role.text} con los demás?",
      reading: "¿Qué puedes leer sobre el rol?",
      next: "¿Qué rol encaja mejor contigo?",
    },
    purpose: {
      objective: "Objetivo principal:",
      focus: "Se centra en {focus}.",
      layer: "Trabaja en {layer}, donde una empresa se pregunta: {question}.",
      mates: { one: "Comparte esa capa con {roles}.", other: "Comparte esa capa con {roles}." },
      mate: "{mate.the}",
      alone: "Es el único de los seis roles en esa capa.",
    },
    example: {
      does: "Qué hace en este caso",
      questions: "Las preguntas que responde",
      illustrative:
        "Este ejemplo es del propio sitio: las fuentes enumeran las tareas del rol, pero no dan ningún caso práctico, así que aquí se ven esas tareas aplicadas a un problema típico.",
    },
    skills: {
      intro: "Doce áreas de habilidad, cada una valorada de {low} a {advanced}.",
      fromMatrix: {
        one: "De las doce valoraciones, {n} se copia de la matriz publicada; las otras {derived} son la lectura que hace este sitio de las descripciones del rol, cada una con su motivo en la tabla.",
        other: "De las doce valoraciones, {n} se copian de la matriz publicada; las otras {derived} son la lectura que hace este sitio de las descripciones del rol, cada una con su motivo en la tabla.",
      },
      allDerived: {
        one: "La matriz publicada no incluye este rol, así que su única valoración es la lectura que hace este sitio de las descripciones del rol, con su motivo en la tabla.",
        other: "La matriz publicada no incluye este rol, así que sus {n} valoraciones son la lectura que hace este sitio de las descripciones del rol, cada una con su motivo en la tabla.",
      },
      chartTitle: "{name}: niveles de habilidad en doce áreas",
      caption: "Cada marca es el nivel del rol en un área de habilidad; una barra indica un rango, por ejemplo de {min} a {max}. La tabla de abajo da las mismas valoraciones en palabras.",
      matrix: "Compáralas con las de los otros cinco roles en la {link}.",
      matrixLink: "matriz de habilidades completa",
    },
    tools: { technical: "Herramientas técnicas", soft: "Habilidades interpersonales" },
    workflow: {
      siteWritten: "Las fuentes solo describen el flujo de trabajo {roles.of}; estos pasos son un esbozo de este sitio a partir de las tareas anteriores.",
    },
    fit: {
      intro: "Este rol suele irte bien si te reconoces en esto:",
      siteWritten: "Las fuentes describen a quién le van bien los roles de {roles.text}, pero no este; esta lista se deduce de sus tareas y habilidades.",
    },
    pay: {
      unknown: "Las fuentes solo comparan el salario {roles.of}. No dicen nada del salario de este rol, así que este sitio no da ninguna estimación.",
      note: "Las fuentes dan niveles, no cifras, y señalan que el salario varía según el país o la región.",
    },
    hiring: { unsaid: "Las fuentes no dicen nada concreto sobre {stages}." },
    myths: { myth: "Mito", reality: "En la práctica" },
    next: {
      text: "Responde unas preguntas sobre el trabajo que te gusta y el que preferirías evitar. El cuestionario puntúa los seis roles con la misma matriz que la tabla de arriba y explica por qué cada uno quedó en su puesto.",
      quiz: "Haz el cuestionario",
      howItWorks: "Cómo puntúa el cuestionario",
    },
  },
  skillTable: {
    caption: "{name}: niveles de habilidad y de dónde sale cada uno",
    skill: "Área de habilidad",
    level: "Nivel y de dónde sale",
    fromMatrix: "De la matriz publicada",
    derived: "Deducido por este sitio:",
  },
  payLadder: {
    label: "Salario relativo, del nivel más bajo al más alto",
    thisRole: "{name} (este rol)",
  },
  paths: {
    into: "Cómo se llega al rol de {role.text}",
    out: "Adónde puede llevar el rol de {role.text}",
    none: "Las fuentes no describen ningún cambio hacia este rol ni desde él, así que este sitio no se inventa ninguno. Los cambios que sí describen conectan los roles de {roles.text}, junto con algunas etapas intermedias.",
    steps: "Pasos: {steps}",
    then: ", luego ",
    move: "De {from.text} a {to.text}:",
    hybrid: "{members.the}.",
    all: "{link} en la página de trayectorias.",
    allLink: "Mira todos los cambios de carrera entre los roles",
  },
  comparisons: {
    pair: "{a} vs. {b.text}",
    gapsTitle: "Dónde más se diferencian",
    gap: "{skill}: {mine} ({role.text}) frente a {theirs} ({other.text})",
  },
} satisfies Dictionary["roles"];
