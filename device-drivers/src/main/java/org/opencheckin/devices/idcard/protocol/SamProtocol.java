package org.opencheckin.devices.idcard.protocol;

import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceTimeoutException;
import org.opencheckin.devices.idcard.codec.SamCodec;
import org.opencheckin.devices.idcard.codec.SamCommand;
import org.opencheckin.devices.idcard.codec.SamFrameException;
import org.opencheckin.devices.idcard.codec.SamResponse;
import org.opencheckin.devices.protocol.DeviceLink;
import org.opencheckin.devices.protocol.FrameReader;
import org.opencheckin.devices.protocol.NoReplyException;
import org.opencheckin.devices.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairs a SAM command with its reply. Every SAM command only reads, so a transport fault (no
 * reply, bad checksum, garbage, or the reader's own "checksum error"/"length error" SW3) is
 * retried up to {@code retries} times. Pending input is discarded before every send, since a
 * reply does not say which request it answers. Any other status is
 * returned to the caller, which decides. Not thread-safe: the driver holds the port.
 */
public final class SamProtocol {
    private static final Logger LOG = LoggerFactory.getLogger(SamProtocol.class);
    private final DeviceLink link;
    private final FrameReader reader;
    private final int retries;

    public SamProtocol(DeviceLink link, int retries) {
        this.link = link;
        this.reader = new FrameReader(link.transport(), SamCodec.BOUNDARY);
        this.retries = retries;
    }

    /** Sends {@code command} and returns the first valid reply. */
    public SamResponse exchange(SamCommand command, long timeoutMillis) throws DeviceException {
        byte[] request = SamCodec.encode(command.request());
        String problem = null;
        Exception lastCause = null;
        byte[] lastStatus = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            try {
                if (attempt > 0) {
                    LOG.debug("{}: retrying {} after {}", link.device(), command, problem);
                }
                // SAM replies do not name their command: a late reply to an earlier request must
                // not be taken for this one, so whatever is pending goes before each send.
                reader.reset();
                link.transport().write(request);
                byte[] frame = reader.readFrame(timeoutMillis);
                SamResponse response = SamCodec.decodeResponse(frame);
                if (response.status().isTransportFault()) {
                    problem = "reader reported " + response.status().meaning();
                    lastStatus = response.statusBytes();
                    lastCause = null;
                    continue;
                }
                return response;
            } catch (TransportException e) {
                throw link.lost(command.name(), "exchange", e);
            } catch (NoReplyException e) {
                problem = e.getMessage();
                lastCause = e;
            } catch (SamFrameException e) {
                problem = "invalid reply: " + e.getMessage();
                lastCause = e;
            }
        }
        throw new DeviceTimeoutException(link.device(), command.name(), "reply", lastStatus,
                "no valid reply after " + (retries + 1) + " attempts, last: " + problem, lastCause);
    }
}
