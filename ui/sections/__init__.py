"""Parts of pages: the drawing a page file calls, so that each page reads filters, call, draw."""
