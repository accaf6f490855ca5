"""The engine's version, recorded with every result together with each component's own version."""

ENGINE_VERSION = "0.1.0"
