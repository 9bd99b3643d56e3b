// Strings for the articles pages and their components.
export default {};
