import type { Dictionary } from "../../dictionary";

export default {
  title: "Buscar",
  description: "Busca en las páginas de roles, las comparaciones, los artículos y la matriz de habilidades: encuentra una herramienta, una habilidad o un rol por su nombre.",
  label: "Busca en los roles, las comparaciones, los artículos y la matriz de habilidades",
  hint: "Una herramienta, una habilidad o un rol; por ejemplo, Airflow, estadística o ingeniero de machine learning.",
  button: "Buscar",
  noscript: "La búsqueda funciona en tu navegador, así que necesita JavaScript, que aquí está desactivado o bloqueado. Todas las páginas que cubre están también a uno o dos enlaces en las secciones de abajo.",
  results: "Resultados de la búsqueda",
  more: "Más resultados",
  loading: "Cargando la búsqueda…",
  failed: "La búsqueda no se pudo cargar, así que no hay resultados que mostrar. Vuelve a intentarlo en un momento o recorre las secciones de abajo.",
  none: "Ninguna página coincide con {query}. Prueba con una herramienta, una habilidad o el nombre de un rol, o recorre las secciones de abajo.",
  matches: { one: "Coincide {n} página con {query}.", other: "Coinciden {n} páginas con {query}." },
  quote: "«{query}»",
  sections: { role: "Rol", comparison: "Comparación", article: "Artículo", skills: "Matriz de habilidades" },
  browse: {
    heading: "O explora por secciones",
    roles: "Los seis roles",
    rolesNote: ": qué hace cada uno, sus habilidades, herramientas y trayectorias",
    compare: "Comparaciones",
    compareNote: ": dos roles cualesquiera, lado a lado",
    articles: "Artículos",
    articlesNote: ": lecturas a fondo sobre los roles y las ideas detrás del trabajo",
    skills: "La matriz de habilidades",
    skillsNote: ": doce áreas de habilidad valoradas para cada rol",
  },
} satisfies Dictionary["search"];
