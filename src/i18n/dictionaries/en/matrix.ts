// Strings for the matrix pages and their components.
export default {};
