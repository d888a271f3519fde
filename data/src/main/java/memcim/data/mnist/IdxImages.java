package memcim.data.mnist;

/**
 * Greyscale images of one size from an IDX file: {@code pixels[i·rows·columns + r·columns + c]} is the
 * pixel of image i at row r, column c, an unsigned byte (0 background .. 255 ink for MNIST). One flat
 * array, as in the file, so that 60,000 images are one object rather than 60,000.
 */
public record IdxImages(int count, int rows, int columns, byte[] pixels) {
    public IdxImages {
        if (count < 0 || rows < 1 || columns < 1 || pixels.length != (long) count * rows * columns)
            throw new IllegalArgumentException(count + " images of " + rows + "x" + columns + " in " + pixels.length + " bytes");
    }

    public int pixelsPerImage() { return rows * columns; }

    /** Pixel value 0..255 of image {@code image} at ({@code row}, {@code column}). */
    public int pixel(int image, int row, int column) {
        return pixels[image * pixelsPerImage() + row * columns + column] & 0xFF;
    }

    /** A copy of one image's pixels, row after row. */
    public byte[] image(int image) {
        byte[] out = new byte[pixelsPerImage()];
        System.arraycopy(pixels, image * pixelsPerImage(), out, 0, out.length);
        return out;
    }
}
