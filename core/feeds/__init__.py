"""Feed machinery shared by the news and podcast feeds: feedgen extensions, HTTP, history, WebSub."""
