package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrientationTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsTheTagInEitherByteOrder(int tag) {
        byte[] plain = ExifJpegs.plainJpeg();

        assertThat(Orientation.of(ExifJpegs.withExif(plain, ExifJpegs.tiff(tag, true))).ordinal()).isEqualTo(tag - 1);
        assertThat(Orientation.of(ExifJpegs.withExif(plain, ExifJpegs.tiff(tag, false))).ordinal()).isEqualTo(tag - 1);
    }

    @Test
    void findsTheTagBehindOtherSegments() {
        byte[] plain = ExifJpegs.plainJpeg();
        int app0 = 4 + ((plain[4] & 0xFF) << 8 | plain[5] & 0xFF);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.write(plain, 0, app0);
        jpeg.writeBytes(ExifJpegs.exifSegment(ExifJpegs.tiff(6, false)));
        jpeg.write(plain, app0, plain.length - app0);

        assertThat(Orientation.of(jpeg.toByteArray())).isEqualTo(Orientation.RIGHT_TOP);
    }

    @Test
    void withoutATagOrWithAnUnreadableOneThePictureIsAsStored() {
        byte[] plain = ExifJpegs.plainJpeg();
        byte[] tagged = ExifJpegs.withExif(plain, ExifJpegs.tiff(6, true));

        assertThat(Orientation.of(plain)).isEqualTo(Orientation.TOP_LEFT);
        assertThat(Orientation.of(ExifJpegs.withExif(plain, ExifJpegs.tiff(0, true)))).isEqualTo(Orientation.TOP_LEFT);
        assertThat(Orientation.of(ExifJpegs.withExif(plain, ExifJpegs.tiff(9, true)))).isEqualTo(Orientation.TOP_LEFT);
        byte[] notTiff = ExifJpegs.tiff(6, true);
        notTiff[0] = 'X';
        assertThat(Orientation.of(ExifJpegs.withExif(plain, notTiff))).isEqualTo(Orientation.TOP_LEFT);
        byte[] farDirectory = ExifJpegs.tiff(6, true);
        farDirectory[4] = 0x7F;
        assertThat(Orientation.of(ExifJpegs.withExif(plain, farDirectory))).isEqualTo(Orientation.TOP_LEFT);
        // Cut anywhere, a file gives an answer and never an exception; cut inside the entry, it has no tag.
        for (int length = 0; length <= tagged.length; length++) {
            assertThat(Orientation.of(Arrays.copyOf(tagged, length)))
                    .isIn(Orientation.TOP_LEFT, Orientation.RIGHT_TOP);
        }
        assertThat(Orientation.of(Arrays.copyOf(tagged, 30))).isEqualTo(Orientation.TOP_LEFT);
        assertThat(Orientation.of(tagged)).isEqualTo(Orientation.RIGHT_TOP);
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void everyStoredPixelIsShownOnceInsideThePicture(Orientation orientation) {
        int width = 5;
        int height = 3;
        Set<Integer> shown = new HashSet<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                shown.add(orientation.shownAt(x, y, width, height));
            }
        }

        assertThat(shown).hasSize(width * height).allMatch(at -> at >= 0 && at < width * height);
    }

    @Test
    void onlyMirrorsNeedThePixelsTurnedOver() {
        assertThat(Arrays.stream(Orientation.values()).filter(Orientation::mirrors))
                .containsExactlyInAnyOrder(Orientation.TOP_RIGHT, Orientation.BOTTOM_LEFT, Orientation.LEFT_TOP,
                        Orientation.RIGHT_BOTTOM);
    }
}
