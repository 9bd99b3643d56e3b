// Strings for the compare pages and their components.
export default {};
