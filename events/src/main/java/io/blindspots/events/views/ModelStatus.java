package io.blindspots.events.views;

/** A model's state within a run; FINISHED and FAILED are final, whatever arrives later. */
public enum ModelStatus { PENDING, TRAINING, FINISHED, FAILED }
