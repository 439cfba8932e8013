"""A page's sections that take more than a call and a chart: Streamlit drawing only, from
frames the page fetched (the page file stays filters -> call -> draw)."""
