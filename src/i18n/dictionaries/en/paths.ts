// Strings for the paths pages and their components.
export default {};
