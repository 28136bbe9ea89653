package org.opencheckin.kiosk.ui;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code kiosk.hotel.*}: what the done screen tells every guest. */
@ConfigurationProperties("kiosk.hotel")
public class HotelInfo {

    private String wifiNetwork = "";
    private String breakfastHours = "";

    public String getWifiNetwork() {
        return wifiNetwork;
    }

    public void setWifiNetwork(String wifiNetwork) {
        this.wifiNetwork = wifiNetwork;
    }

    public String getBreakfastHours() {
        return breakfastHours;
    }

    public void setBreakfastHours(String breakfastHours) {
        this.breakfastHours = breakfastHours;
    }
}
