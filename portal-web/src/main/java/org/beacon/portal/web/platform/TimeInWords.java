package org.beacon.portal.web.platform;

import java.time.Duration;

/** How the console words a wait, wherever it shows one (the system page, the dashboard's mail card). */
public final class TimeInWords {

    private static final String[] UNITS_OF_TIME = {"day", "hour", "minute", "second"};

    private TimeInWords() {
    }

    /** A wait in its largest unit and the next one when that is not zero: "40 days", "3 minutes 5 seconds". */
    public static String of(Duration age) {
        long[] amounts = {age.toDays(), age.toHoursPart(), age.toMinutesPart(), age.toSecondsPart()};
        int first = 0;
        while (first < amounts.length - 1 && amounts[first] == 0) {
            first++;
        }
        String words = amount(amounts[first], UNITS_OF_TIME[first]);
        return first < amounts.length - 1 && amounts[first + 1] > 0
                ? words + " " + amount(amounts[first + 1], UNITS_OF_TIME[first + 1]) : words;
    }

    private static String amount(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
