/**
 * Camera, face verification, liveness and QR scanning for the kiosk.
 *
 * <p>This package tree is the only one in the kiosk that imports OpenCV. Everything the flow
 * needs is a plain-Java interface or record declared directly in this package:
 * {@link org.opencheckin.kiosk.vision.FaceVerifier}, {@link org.opencheckin.kiosk.vision.LiveFaceCheck},
 * {@link org.opencheckin.kiosk.vision.LivenessCheck}, {@link org.opencheckin.kiosk.vision.Camera},
 * {@link org.opencheckin.kiosk.vision.QrCodeScanner} and {@link org.opencheckin.kiosk.vision.VisionModels}.
 * The OpenCV implementations live in {@code vision.opencv}; the Micronaut wiring (configuration
 * prefix {@code kiosk.vision}) in {@code vision.config}; the calibration CLI in {@code vision.cli}.
 *
 * <p>Privacy: no class here logs or writes image bytes, and none keeps a frame or an embedding
 * beyond the call that received it.
 */
package org.opencheckin.kiosk.vision;
