"""Cases: the document form, the six parts and their rules, intake, listing, interchange."""
