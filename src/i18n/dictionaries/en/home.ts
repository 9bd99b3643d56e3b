// Strings for the home pages and their components.
export default {};
