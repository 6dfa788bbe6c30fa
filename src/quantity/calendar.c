/*
 * calendar.c — calendar arithmetic for the time normalizer: Gregorian day counts, weekdays,
 * ISO weeks, the Chinese lunisolar calendar (through ICU's "@calendar=chinese") for lunar
 * festivals, and the solar terms (清明, 冬至) from a low-precision solar position (Meeus,
 * Astronomical Algorithms, ch. 25: about 0.01°, a quarter of an hour). Pure functions;
 * reads nothing from zc_doc.
 */
#include <math.h>
#include <unicode/ucal.h>

#include "quantity_int.h"

long zc_cal_days(int y, int m, int d)
{
    // Count in eras of 400 years starting on March 1 so that the leap day ends a year.
    long yy = m <= 2 ? (long)y - 1 : y;
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void zc_cal_civil(long days, int *y, int *m, int *d)
{
    days += 719468;
    long era = (days >= 0 ? days : days - 146096) / 146097;
    long doe = days - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int zc_cal_mdays(int y, int m)
{
    static const int n[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : n[(m - 1) % 12];
}

int zc_cal_wday(long days)
{
    // 1970-01-01 was a Thursday (4).
    long w = (days + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

void zc_cal_isoweek(int y, int m, int d, int *wy, int *wk)
{
    long days = zc_cal_days(y, m, d);
    long thursday = days - zc_cal_wday(days) + 4;   // the week belongs to its Thursday's year
    int ty, tm, td;
    zc_cal_civil(thursday, &ty, &tm, &td);
    *wy = ty;
    *wk = (int)((thursday - zc_cal_days(ty, 1, 1)) / 7 + 1);
}

bool zc_cal_lunar(int y, int lm, int ld, int *gm, int *gd)
{
    static const UChar utc[] = { 'U', 'T', 'C', 0 };
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cc = ucal_open(utc, -1, "zh_CN@calendar=chinese", UCAL_DEFAULT, &st);
    UCalendar *gc = ucal_open(utc, -1, "en_US@calendar=gregorian", UCAL_GREGORIAN, &st);
    bool ok = false;
    if (U_FAILURE(st))
        goto fail;
    // Mid-year always lies in the lunar year that began in January or February of `y`.
    ucal_setDate(gc, y, UCAL_JUNE, 1, &st);
    UDate t = ucal_getMillis(gc, &st);
    ucal_setMillis(cc, t, &st);
    int32_t ey = ucal_get(cc, UCAL_EXTENDED_YEAR, &st);
    ucal_clear(cc);
    ucal_set(cc, UCAL_EXTENDED_YEAR, ey);
    ucal_set(cc, UCAL_MONTH, lm - 1);
    ucal_set(cc, UCAL_IS_LEAP_MONTH, 0);
    ucal_set(cc, UCAL_DATE, ld);
    t = ucal_getMillis(cc, &st);
    ucal_setMillis(gc, t, &st);
    *gm = ucal_get(gc, UCAL_MONTH, &st) + 1;
    *gd = ucal_get(gc, UCAL_DATE, &st);
    ok = U_SUCCESS(st);
fail:
    if (cc)
        ucal_close(cc);
    if (gc)
        ucal_close(gc);
    return ok;
}

/* The sun's apparent ecliptic longitude in degrees at Julian day `jd`. */
static double sun_longitude(double jd)
{
    const double rad = M_PI / 180;
    double t = (jd - 2451545.0) / 36525;
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * rad;
    double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) +
               (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m);
    double omega = (125.04 - 1934.136 * t) * rad;
    double lon = fmod(l0 + c - 0.00569 - 0.00478 * sin(omega), 360);
    return lon < 0 ? lon + 360 : lon;
}

void zc_cal_solar_term(int y, double lon, int *gm, int *gd)
{
    const double year = 365.2422;
    double jd0 = zc_cal_days(y, 1, 1) + 2440587.5;   // the sun is near 280° on January 1
    double jd = jd0 + fmod(lon - 280 + 360, 360) * year / 360;
    for (int i = 0; i < 8; i++) {
        double diff = fmod(lon - sun_longitude(jd) + 540, 360) - 180;
        jd += diff * year / 360;
    }
    long days = (long)floor(jd - 2440587.5 + 8.0 / 24);   // China standard time
    int yy;
    zc_cal_civil(days, &yy, gm, gd);
}
