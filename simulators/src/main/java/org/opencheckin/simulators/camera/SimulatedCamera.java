package org.opencheckin.simulators.camera;

import org.opencheckin.simulators.guest.FaceLibrary;
import org.opencheckin.simulators.guest.Guest;
import org.opencheckin.simulators.guest.GuestRoster;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A camera the kiosk opens with OpenCV's own {@code VideoCapture} as an image sequence (the bundled OpenCV
 * has no FFmpeg): {@link #capturePattern()} is {@code <dir>/current/frame_%04d.jpg}. Each
 * {@link #show} renders a scene into a fresh folder and then swaps the {@code current} symlink in one
 * atomic rename, so a kiosk that (re)opens the capture sees either the old scene or the new one, never a
 * mix. A sequence ends after {@link #frameCount()} frames; the kiosk reopens the capture for the next try.
 *
 * <p>Photos come from {@code ../shared/faces} through {@link FaceLibrary}; without them the face scenes
 * show an empty lobby with a notice, and the kiosk's face step falls back to staff.
 */
public final class SimulatedCamera {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;
    public static final String PATTERN = "frame_%04d.jpg";

    private final Path dir;
    private final FaceLibrary faces;
    private final GuestRoster roster;
    private final int frameCount;
    private int generation;
    private volatile String showing = "nothing";

    public SimulatedCamera(Path dir, FaceLibrary faces, GuestRoster roster, int frameCount) {
        this.dir = dir;
        this.faces = faces;
        this.roster = roster;
        this.frameCount = frameCount;
    }

    /** The path to give {@code new VideoCapture(path, Videoio.CAP_IMAGES)}. */
    public Path capturePattern() {
        return dir.resolve("current").resolve(PATTERN);
    }

    public int frameCount() {
        return frameCount;
    }

    public String showing() {
        return showing;
    }

    /**
     * Puts {@code scene} in front of the camera.
     *
     * @param guest whose face (or whose impostor) to show; ignored for {@link CameraScene#NOBODY}
     * @return false when the scene needed face photos that are not there (an empty lobby is shown instead)
     */
    public synchronized boolean show(CameraScene scene, Guest guest) throws IOException {
        List<BufferedImage> photos = scene == CameraScene.NOBODY ? List.of() : photosFor(scene, guest);
        boolean complete = scene == CameraScene.NOBODY || !photos.isEmpty();
        Files.createDirectories(dir);
        Path target = dir.resolve("scene-" + (++generation));
        deleteTree(target);
        Files.createDirectories(target);
        Random random = new Random(generation);
        for (int i = 0; i < frameCount; i++) {
            BufferedImage frame;
            if (photos.isEmpty()) {
                frame = lobby(random, scene == CameraScene.NOBODY ? null : "no face photos: ../shared/faces missing");
            } else if (scene == CameraScene.PRINTED_PHOTO) {
                frame = printedPhoto(photos.get(0));
            } else {
                frame = live(photos.get((i / 15) % photos.size()), i);
            }
            ImageIO.write(frame, "jpg", target.resolve(String.format(PATTERN, i)).toFile());
        }
        Path link = dir.resolve("current");
        Path temp = dir.resolve("current.new");
        Files.deleteIfExists(temp);
        Files.createSymbolicLink(temp, target.getFileName());
        Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        deleteTree(dir.resolve("scene-" + (generation - 2)));
        showing = scene + (guest == null || scene == CameraScene.NOBODY ? "" : " " + guest.id());
        return complete;
    }

    private List<BufferedImage> photosFor(CameraScene scene, Guest guest) throws IOException {
        List<Path> files = switch (scene) {
            case GUEST -> faces.livePhotos(guest.cameraFace(), guest.cameraFace() != null && guest.cameraFace().equals(guest.portraitFace()));
            case IMPOSTOR -> faces.livePhotos(impostorFace(guest), false);
            case PRINTED_PHOTO -> faces.portraitPhoto(guest.portraitFace()).map(List::of).orElse(List.of());
            case NOBODY -> List.of();
        };
        List<BufferedImage> images = new ArrayList<>();
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image != null) {
                images.add(image);
            }
        }
        return images;
    }

    /** An impostor guest shows their own face; for anyone else, another roster guest's face stands in. */
    private String impostorFace(Guest guest) {
        if (guest.isImpostor()) {
            return guest.cameraFace();
        }
        Optional<String> other = roster.all().stream()
                .map(Guest::cameraFace)
                .filter(f -> f != null && !f.equals(guest.portraitFace()) && !f.equals(guest.cameraFace()))
                .findFirst();
        return other.orElse(null);
    }

    private static BufferedImage canvas() {
        return new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    }

    private static BufferedImage lobby(Random random, String notice) {
        BufferedImage frame = canvas();
        Graphics2D g = frame.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 196, 186), 0, HEIGHT, new Color(120, 116, 110)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(90, 80, 70));
        g.fillRect(0, HEIGHT * 3 / 4, WIDTH, HEIGHT / 4);
        for (int n = 0; n < 400; n++) {
            int v = 100 + random.nextInt(120);
            g.setColor(new Color(v, v, v));
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 1, 1);
        }
        if (notice != null) {
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            g.drawString(notice, 20, 30);
        }
        g.dispose();
        return frame;
    }

    /** The photo scaled to fill most of the frame, drifting a few pixels and breathing in scale, like a person standing there. */
    private static BufferedImage live(BufferedImage photo, int i) {
        BufferedImage frame = canvas();
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(150, 145, 140));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double scale = Math.min(WIDTH * 0.9 / photo.getWidth(), HEIGHT * 0.95 / photo.getHeight()) * (1 + 0.03 * Math.sin(i / 4.0));
        int w = (int) (photo.getWidth() * scale);
        int h = (int) (photo.getHeight() * scale);
        int x = (WIDTH - w) / 2 + (int) (10 * Math.sin(i / 3.0));
        int y = (HEIGHT - h) / 2 + (int) (6 * Math.cos(i / 5.0));
        g.drawImage(photo, x, y, w, h, null);
        g.dispose();
        return frame;
    }

    /** A printed sheet held up: white border, the photo in it, no motion at all. */
    private static BufferedImage printedPhoto(BufferedImage photo) {
        BufferedImage frame = lobby(new Random(0), null);
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double scale = Math.min(WIDTH * 0.6 / photo.getWidth(), HEIGHT * 0.7 / photo.getHeight());
        int w = (int) (photo.getWidth() * scale);
        int h = (int) (photo.getHeight() * scale);
        int x = (WIDTH - w) / 2;
        int y = (HEIGHT - h) / 2;
        g.setColor(Color.WHITE);
        g.fillRect(x - 20, y - 20, w + 40, h + 40);
        g.drawImage(photo, x, y, w, h, null);
        g.dispose();
        return frame;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
