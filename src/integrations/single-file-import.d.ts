/** A script bundled into one file by src/integrations/single-file-script.ts; imported for its effects. */
declare module '*?single-file' {}
