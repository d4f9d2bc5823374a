/** See startup-failure.js: gives each of `tags` (default: every widget tag) an element that says it could not start. */
export default function startupFailure(error: unknown, tags?: readonly string[]): void;
