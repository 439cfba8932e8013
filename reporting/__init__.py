"""What turns analytics frames into what people read, without Streamlit: texts and
number formats, charts (plain Plotly), tables, the story of a reform review and its
files (PPTX, PDF, HTML, images). The app (``ui``) and scripts and tests use it alike."""
