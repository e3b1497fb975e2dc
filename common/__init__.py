"""The library every app uses: translated content fields, rate limiting, CSV safety, PDF fonts, the
periodic-task helper for migrations and the health endpoint. It imports no app of Linkki's own."""
