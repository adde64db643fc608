package io.blindspots.encoder.domain.dataset;

/** 8-bit pixel values to the float32 [0, 1] the whole system uses. */
final class Pixels {

    private Pixels() {
    }

    static float[] fromBytes(byte[] bytes) {
        float[] values = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = Byte.toUnsignedInt(bytes[i]) / 255f;
        }
        return values;
    }
}
