package io.blindspots.events.views;

/** A run's state, derived from what has been seen: PENDING (only metrics so far), ENCODING, TRAINING, FINISHED, FAILED. */
public enum RunStatus { PENDING, ENCODING, TRAINING, FINISHED, FAILED }
