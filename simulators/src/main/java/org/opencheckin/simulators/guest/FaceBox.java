package org.opencheckin.simulators.guest;

/** A detected face's box in the photo's pixels (YuNet's box: about brows to chin, ear to ear). */
public record FaceBox(double x, double y, double width, double height) {

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }
}
