// Strings for the quiz pages and their components.
export default {};
