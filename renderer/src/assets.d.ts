// Side-effect CSS imports, bundled by Vite into a .css file (the CSP allows no inline styles).
declare module '*.css';
