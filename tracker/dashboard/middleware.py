"""Server-Timing: how long Django took for the response, shown in the browser's network
panel and read by the dashboard benchmark as the server's time."""

from __future__ import annotations

import time


class ServerTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        began = time.perf_counter()
        response = self.get_response(request)
        # Streaming responses (exports) are timed until their first byte only.
        elapsed = (time.perf_counter() - began) * 1000
        response["Server-Timing"] = f"app;dur={elapsed:.1f}"
        return response
