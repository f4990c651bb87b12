package org.casoteca.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Simplified outlines of the eight countries, drawn by hand from their approximate border and coast
 * points (longitude, latitude in degrees; public-domain geography, a few dozen points each): enough
 * to recognise the region on the overview map, not for measuring anything.
 */
final class CountryOutlines {

  /** The map's extent and scale: longitude -92.6 to -67.9, latitude 6.9 to 20.3. */
  static final double WEST = -92.6;

  static final double NORTH = 20.3;
  static final double SCALE = 32;

  static final Map<String, double[]> POINTS =
      Map.of(
          "GT",
          new double[] {
            -92.24, 14.54, -92.07, 15.07, -92.21, 15.26, -91.73, 16.07, -90.44, 16.08, -90.44,
            16.41, -91.44, 17.25, -90.98, 17.25, -90.98, 17.82, -89.15, 17.82, -89.15, 17.0, -89.22,
            15.89, -88.93, 15.89, -88.6, 15.7, -88.22, 15.72, -89.15, 15.07, -89.22, 14.87, -89.35,
            14.42, -89.6, 14.2, -90.1, 13.73, -91.0, 13.92, -91.7, 14.2
          },
          "BZ",
          new double[] {
            -89.15, 17.95, -88.3, 18.48, -88.1, 18.0, -88.2, 17.5, -88.25, 16.9, -88.55, 16.4,
            -88.91, 15.89, -89.22, 15.89, -89.15, 17.0
          },
          "SV",
          new double[] {
            -90.1, 13.73, -89.6, 14.2, -89.35, 14.42, -89.05, 14.34, -88.5, 13.98, -88.07, 13.96,
            -87.75, 13.86, -87.82, 13.4, -88.5, 13.17, -89.3, 13.48
          },
          "HN",
          new double[] {
            -88.22, 15.72, -87.5, 15.8, -86.8, 15.77, -86.0, 15.98, -85.0, 15.99, -84.3, 15.83,
            -83.77, 15.42, -83.15, 15.0, -84.0, 14.75, -84.8, 14.8, -85.2, 14.35, -86.0, 13.98,
            -86.7, 13.76, -87.3, 12.98, -87.82, 13.4, -87.75, 13.86, -88.07, 13.96, -88.5, 13.98,
            -89.05, 14.34, -89.35, 14.42, -89.22, 14.87, -89.15, 15.07
          },
          "NI",
          new double[] {
            -83.15, 15.0, -83.4, 14.0, -83.5, 13.0, -83.77, 12.0, -83.7, 10.93, -84.2, 10.79, -84.7,
            11.08, -85.6, 11.2, -85.7, 11.07, -86.5, 11.8, -87.17, 12.48, -87.6, 12.9, -87.3, 12.98,
            -86.7, 13.76, -86.0, 13.98, -85.2, 14.35, -84.8, 14.8, -84.0, 14.75
          },
          "CR",
          new double[] {
            -85.7, 11.07, -85.6, 11.2, -84.7, 11.08, -84.2, 10.79, -83.7, 10.93, -83.03, 9.99,
            -82.56, 9.57, -82.93, 9.07, -82.87, 8.03, -83.6, 8.4, -83.7, 9.0, -84.6, 9.5, -84.9,
            9.9, -85.1, 9.6, -85.8, 10.3, -85.9, 10.9
          },
          "PA",
          new double[] {
            -82.56, 9.57, -82.25, 9.34, -81.5, 8.85, -80.6, 9.1, -79.9, 9.35, -79.0, 9.55, -78.0,
            9.3, -77.37, 8.67, -77.9, 7.2, -78.4, 8.1, -78.9, 8.6, -79.52, 8.98, -80.2, 8.4, -80.4,
            7.6, -80.0, 7.25, -80.9, 7.25, -81.2, 7.9, -81.7, 8.1, -82.4, 8.2, -82.87, 8.03, -82.93,
            9.07
          },
          "DO",
          new double[] {
            -71.75, 19.68, -71.65, 19.2, -72.0, 18.6, -71.7, 18.04, -71.4, 17.6, -70.7, 18.2, -70.0,
            18.42, -69.0, 18.4, -68.35, 18.6, -68.9, 18.9, -69.3, 19.2, -70.0, 19.65, -70.7, 19.8,
            -71.65, 19.9
          });

  private CountryOutlines() {}

  static List<String> codes() {
    return List.of("BZ", "GT", "SV", "HN", "NI", "CR", "PA", "DO");
  }

  /** The SVG path of {@code code}'s outline. */
  static String path(String code) {
    double[] p = POINTS.get(code);
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < p.length; i += 2) {
      d.append(i == 0 ? "M" : "L").append(x(p[i])).append(' ').append(y(p[i + 1])).append(' ');
    }
    return d.append('Z').toString();
  }

  /** Where the count goes: the mean of the outline's points. */
  static double[] centre(String code) {
    double[] p = POINTS.get(code);
    double lon = 0;
    double lat = 0;
    for (int i = 0; i < p.length; i += 2) {
      lon += p[i];
      lat += p[i + 1];
    }
    int n = p.length / 2;
    return new double[] {Double.parseDouble(x(lon / n)), Double.parseDouble(y(lat / n))};
  }

  private static String x(double lon) {
    return String.format(Locale.ROOT, "%.1f", (lon - WEST) * SCALE);
  }

  private static String y(double lat) {
    return String.format(Locale.ROOT, "%.1f", (NORTH - lat) * SCALE);
  }
}
