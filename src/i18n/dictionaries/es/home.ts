import type { Dictionary } from "../../dictionary";

export default {
  lede: "Seis trabajos de datos e IA comparten herramientas y nombres, pero responden a preguntas distintas. Descubre qué hace cada uno, qué habilidades pide, en qué se diferencian dos de ellos y cuál encaja contigo, con cada valoración y cada puntuación del cuestionario ligada a su fuente.",
  takeQuiz: "Haz el cuestionario",
  compare: "Compara dos roles",
  layersHeading: "Tres preguntas que una empresa hace a sus datos",
  layerHeading: "{name}: {questionInText}",
  layersText:
    "Las empresas convierten los datos en bruto en valor por capas. Primero describen {happened}; después predicen {will}; por último, construyen sistemas que actúan sobre esas predicciones {production}, a escala y sin una persona de por medio. Bajo las tres están los cimientos de datos: los pipelines y los almacenes que hacen que los datos sean fiables desde el principio. Cada rol de abajo trabaja sobre todo en una capa.",
  happened: "qué pasó",
  will: "qué va a pasar",
  production: "en producción",
  nextHeading: "Por dónde seguir",
  next: {
    skills: "La matriz de habilidades",
    skillsNote: ": doce áreas de habilidad valoradas para los seis roles, con sus fuentes.",
    paths: "Trayectorias profesionales",
    pathsNote: ": los pasos que da la gente entre estos roles.",
    method: "Cómo te puntúa el cuestionario",
    methodNote: ": la fórmula, a la vista.",
  },
  latest: "Artículos recientes",
  license: {
    title: "Licencia",
    description: "El código de la Guía de carreras de datos está bajo la licencia MIT, y sus textos y datos, bajo CC BY 4.0.",
    codeHeading: "El código: MIT",
    code: "Todo el código con el que se construye este sitio (sus componentes, scripts, pruebas y la biblioteca de puntuación) está bajo la licencia MIT. Úsalo, modifícalo y publícalo, con fines comerciales o no, siempre que el aviso de copyright y el texto de la licencia lo acompañen.",
    contentHeading: "Los textos y los datos: CC BY 4.0",
    content: "Los artículos, los perfiles de los roles, la matriz de habilidades, las trayectorias profesionales y las preguntas del cuestionario están bajo la licencia Creative Commons Atribución 4.0 Internacional. Puedes copiarlos, adaptarlos y volver a publicarlos con cualquier fin si citas la Guía de carreras de datos, indicas qué cambiaste y no das a entender que te respaldamos.",
    data: "La matriz y las preguntas del cuestionario se publican en JSON para que puedas construir sobre ellas: {roles} y {quiz}.",
  },
} satisfies Dictionary["home"];
