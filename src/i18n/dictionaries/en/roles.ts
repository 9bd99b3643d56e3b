// Strings for the roles pages and their components.
export default {};
