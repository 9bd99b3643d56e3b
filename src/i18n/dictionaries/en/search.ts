// Strings for the search pages and their components.
export default {};
