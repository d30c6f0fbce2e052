package org.beacon.portal.content;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

/**
 * What an upload and the sizes cost on this machine: a phone-sized photo (default 4032 x 3024, with grain and edges so
 * that it compresses like one) is cleaned as an upload is, then made at each size as JPEG and WebP. Prints medians of the runs.
 * Compiled into the content package by bench/pictures.sh, since Pictures is the package's own.
 */
public final class PictureTimes {

    public static void main(String[] args) throws Exception {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 4032;
        int height = args.length > 1 ? Integer.parseInt(args[1]) : 3024;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        // Sensor grain (a few levels either way on every pixel) and some edges: compresses like a photo, not like noise.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = photo.getRGB(x, y);
                int grain = random.nextInt(-6, 7);
                int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xFF) + grain));
                int gr = Math.max(0, Math.min(255, ((rgb >> 8) & 0xFF) + grain));
                int b = Math.max(0, Math.min(255, (rgb & 0xFF) + grain));
                photo.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        Graphics2D shapes = photo.createGraphics();
        for (int i = 0; i < 200; i++) {
            shapes.setColor(new Color(random.nextInt(0x1000000)));
            shapes.fillOval(random.nextInt(width), random.nextInt(height), random.nextInt(50, 600), random.nextInt(50, 600));
        }
        shapes.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);
        byte[] upload = jpeg.toByteArray();
        System.out.printf("photo %d x %d, %,d bytes as uploaded%n", width, height, upload.length);

        byte[][] cleaned = new byte[1][];
        time("upload cleaned (decode, turn, encode JPEG 0.9)", runs, () -> cleaned[0] = Pictures.clean(upload, MediaType.JPEG).bytes());
        System.out.printf("  stored: %,d bytes%n", cleaned[0].length);
        for (int size : MediaReference.SIZES) {
            byte[][] made = new byte[2][];
            time(size + " px JPEG", runs, () -> made[0] = Pictures.resized(cleaned[0], MediaType.JPEG, size, MediaType.JPEG));
            time(size + " px WebP", runs, () -> made[1] = Pictures.resized(cleaned[0], MediaType.JPEG, size, MediaType.WEBP));
            System.out.printf("  %d px: JPEG %,d bytes, WebP %,d bytes (%.0f %%)%n", size, made[0].length, made[1].length,
                    100.0 * made[1].length / made[0].length);
        }
    }

    private static void time(String what, int runs, Runnable work) {
        work.run();
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-50s median %,d ms (min %,d, max %,d, %d runs)%n", what, ms[runs / 2], ms[0], ms[runs - 1], runs);
    }
}
