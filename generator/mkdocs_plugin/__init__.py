"""The MkDocs adapter: options, hooks and generated pages on MkDocs' public plugin API;
speedups/, the build accelerator that reaches into MkDocs' insides, behind one switch."""
