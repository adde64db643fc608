package io.blindspots.encoder.domain.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZhangEncodingTest {

    @Test
    void theAlphabetIsZhangs70SymbolsWithTheNewLineLast() {
        assertThat(ZhangEncoding.ALPHABET).hasSize(70).startsWith("abcdefghijklmnopqrstuvwxyz0123456789").endsWith("\n");
        assertThat(ZhangEncoding.SHAPE.length()).isEqualTo(1014);
        assertThat(ZhangEncoding.SHAPE.symbols()).isEqualTo(71);
    }

    @Test
    void lowerCasesAndCodesEachCharacterByItsPlaceInTheAlphabet() {
        float[] codes = encode("Ab9\n");

        assertThat(codes[0]).isEqualTo(1);
        assertThat(codes[1]).isEqualTo(2);
        assertThat(codes[2]).isEqualTo(36);
        assertThat(codes[3]).isEqualTo(70);
    }

    @Test
    void spacesUnknownCharactersAndPaddingAreCodeZero() {
        float[] codes = encode("a b\té");

        assertThat(codes[1]).isZero();
        assertThat(codes[3]).isZero();
        // é is two UTF-8 bytes, two positions, as in Zhang's byte-wise Lua code
        assertThat(codes[4]).isZero();
        assertThat(codes[5]).isZero();
        assertThat(codes[6]).isZero();
        assertThat(codes[1013]).isZero();
        assertThat(ZhangEncoding.decode(codes, 0, 4, ZhangEncoding.ALPHABET, '_')).isEqualTo("a_b_");
    }

    @Test
    void theRepeatedDashTakesItsFirstCode() {
        assertThat(ZhangEncoding.code('-')).isEqualTo(ZhangEncoding.ALPHABET.indexOf('-') + 1).isEqualTo(37);
        assertThat(ZhangEncoding.ALPHABET.lastIndexOf('-')).isNotEqualTo(ZhangEncoding.ALPHABET.indexOf('-'));
    }

    @Test
    void cutsTextsLongerThan1014Characters() {
        float[] codes = encode("x".repeat(1013) + "yz");

        assertThat(codes[1013]).isEqualTo(ZhangEncoding.code('y'));
        assertThat(codes).hasSize(1014);
    }

    private static float[] encode(String text) {
        float[] codes = new float[ZhangEncoding.LENGTH];
        java.util.Arrays.fill(codes, -1);
        ZhangEncoding.encode(text, codes, 0);
        return codes;
    }
}
