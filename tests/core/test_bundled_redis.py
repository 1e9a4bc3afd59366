import redis

from tracker.core.bundled_redis import start_bundled_redis


def test_bundled_server_answers_and_stops():
    server = start_bundled_redis()
    client = redis.Redis.from_url(server.url)
    try:
        client.set("tracker-test", "1")
        assert client.get("tracker-test") == b"1"
    finally:
        client.close()
        server.stop()
    assert server.process.poll() is not None
    assert not server.workdir.exists()
