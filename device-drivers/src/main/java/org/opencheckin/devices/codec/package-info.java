/** What all codecs share: the frame-boundary contract and the base of every codec's own exception. */
package org.opencheckin.devices.codec;
