/** The engine's name and version, recorded in every determination. Kept equal to package.json by a test. */
export const ENGINE_NAME = "social-assistance-rules";
export const ENGINE_VERSION = "0.2.0";
