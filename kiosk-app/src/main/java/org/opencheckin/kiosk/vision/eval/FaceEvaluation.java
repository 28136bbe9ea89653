package org.opencheckin.kiosk.vision.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scores every genuine and impostor pair of a labelled photo set with an embedding function and a
 * similarity. Each photo is embedded once. A photo without a detectable face scores -1 in all its
 * pairs, so it counts as a false reject, never silently drops out.
 */
public final class FaceEvaluation {

    /** Result: the metrics plus the raw scores and the photos without a face. */
    public record Result(VerificationMetrics metrics, double[] genuineScores, double[] impostorScores,
                         List<String> photosWithoutFace) {

        public int pairs() {
            return genuineScores.length + impostorScores.length;
        }
    }

    /** How two embeddings compare (cosine for the face pipeline). */
    @FunctionalInterface
    public interface Similarity {
        double of(float[] a, float[] b);
    }

    private FaceEvaluation() {
    }

    public static Result run(LabelledPhotos set, Function<LabelledPhotos.Photo, Optional<float[]>> embed,
                             Similarity similarity, double threshold) {
        List<LabelledPhotos.Photo> photos = set.photos();
        List<float[]> embeddings = new ArrayList<>(photos.size());
        List<String> withoutFace = new ArrayList<>();
        for (LabelledPhotos.Photo photo : photos) {
            Optional<float[]> e = embed.apply(photo);
            embeddings.add(e.orElse(null));
            if (e.isEmpty()) {
                withoutFace.add(photo.file().getFileName().toString());
            }
        }
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (int a = 0; a < photos.size(); a++) {
            for (int b = a + 1; b < photos.size(); b++) {
                float[] ea = embeddings.get(a);
                float[] eb = embeddings.get(b);
                double score = ea == null || eb == null ? -1 : similarity.of(ea, eb);
                (photos.get(a).identity().equals(photos.get(b).identity()) ? genuine : impostor).add(score);
            }
        }
        double[] g = genuine.stream().mapToDouble(Double::doubleValue).toArray();
        double[] i = impostor.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(VerificationMetrics.of(g, i, threshold), g, i, List.copyOf(withoutFace));
    }
}
