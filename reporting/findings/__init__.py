"""The sentences a page opens with and a slide states: computed from the (protected)
numbers, never from a hidden cell. One module a topic."""
