/** A script bundled into one file by build/integrations/single-file-script.ts; imported for its effects. */
declare module '*?single-file' {}
