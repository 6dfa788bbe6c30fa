/*
 * image.c — the container of compiled dictionaries: writing (for src/tools/dictc) and
 * mapping with validation (for the model loaders). See zc_int.h for the layout.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zc_int.h"

static const char magic[8] = {'Z', 'C', 'D', 'I', 'M', 'G', 0, 0};

typedef struct header {
    char magic[8];
    uint32_t version, kind, nsec, reserved;
    uint64_t total;
} header;

zc_status zc_image_check(const void *base, size_t size, uint32_t kind, zc_image *img, char *err,
                         size_t errlen)
{
    memset(img, 0, sizeof *img);
    header h;
    if (size < sizeof h) {
        snprintf(err, errlen, "truncated image (%zu bytes, header needs %zu)", size, sizeof h);
        return ZC_EFORMAT;
    }
    memcpy(&h, base, sizeof h);
    if (memcmp(h.magic, magic, sizeof magic) != 0) {
        snprintf(err, errlen, "not a zhengce dictionary image (bad magic)");
        return ZC_EFORMAT;
    }
    if (h.version != ZC_IMAGE_VERSION) {
        snprintf(err, errlen, "image format version %u, expected %u: rebuild the dictionaries",
                 h.version, ZC_IMAGE_VERSION);
        return ZC_EVERSION;
    }
    if (h.kind != kind) {
        snprintf(err, errlen, "image of another kind (%.4s, expected %.4s)", (char *)&h.kind,
                 (char *)&kind);
        return ZC_EFORMAT;
    }
    if (h.total != size) {
        snprintf(err, errlen, "truncated or padded image (%zu bytes, header says %llu)", size,
                 (unsigned long long)h.total);
        return ZC_EFORMAT;
    }
    size_t table = sizeof h + (size_t)h.nsec * sizeof(zc_image_section);
    if (h.nsec > 4096 || table > size) {
        snprintf(err, errlen, "corrupt section table (%u sections)", h.nsec);
        return ZC_EFORMAT;
    }
    const zc_image_section *secs = (const void *)((const uint8_t *)base + sizeof h);
    for (uint32_t i = 0; i < h.nsec; i++) {
        zc_image_section s;
        memcpy(&s, &secs[i], sizeof s);
        if (s.offset < table || s.offset % 8 || s.offset > size || s.size > size - s.offset) {
            snprintf(err, errlen, "corrupt image: section %u lies outside the file", i);
            return ZC_EFORMAT;
        }
    }
    img->base = base;
    img->size = size;
    img->nsec = h.nsec;
    img->secs = secs;
    return ZC_OK;
}

zc_status zc_image_open(const char *path, uint32_t kind, zc_image *img, char *err, size_t errlen)
{
    memset(img, 0, sizeof *img);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return ZC_EIO;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        close(fd);
        return ZC_EIO;
    }
    size_t size = (size_t)st.st_size;
    void *p = size ? mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0) : NULL;
    close(fd);
    if (size && p == MAP_FAILED) {
        snprintf(err, errlen, "%s: cannot map: %s", path, strerror(errno));
        return ZC_EIO;
    }
    char why[256];
    zc_status s = zc_image_check(p ? p : "", size, kind, img, why, sizeof why);
    if (s != ZC_OK) {
        snprintf(err, errlen, "%s: %s", path, why);
        if (p)
            munmap(p, size);
        return s;
    }
    img->mapped = true;
    return ZC_OK;
}

const void *zc_image_get(const zc_image *img, uint32_t id, size_t *size)
{
    for (uint32_t i = 0; i < img->nsec; i++)
        if (img->secs[i].id == id) {
            *size = img->secs[i].size;
            return img->base + img->secs[i].offset;
        }
    *size = 0;
    return NULL;
}

void zc_image_close(zc_image *img)
{
    if (img->mapped && img->base)
        munmap((void *)img->base, img->size);
    memset(img, 0, sizeof *img);
}

zc_status zc_image_write(const char *path, uint32_t kind, const zc_image_part *parts, size_t n,
                         char *err, size_t errlen)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot create: %s", tmp, strerror(errno));
        return ZC_EIO;
    }
    header h = {.version = ZC_IMAGE_VERSION, .kind = kind, .nsec = (uint32_t)n};
    memcpy(h.magic, magic, sizeof magic);
    uint64_t off = sizeof h + n * sizeof(zc_image_section);
    off = (off + 7) & ~(uint64_t)7;
    zc_image_section secs[64];
    if (n > ZC_NELEM(secs)) {
        fclose(f);
        snprintf(err, errlen, "too many sections (%zu)", n);
        return ZC_EINVAL;
    }
    for (size_t i = 0; i < n; i++) {
        secs[i] = (zc_image_section){parts[i].id, 0, off, parts[i].size};
        off = (off + parts[i].size + 7) & ~(uint64_t)7;
    }
    h.total = off;
    static const uint8_t zero[8];
    bool ok = fwrite(&h, sizeof h, 1, f) == 1 &&
              (n == 0 || fwrite(secs, sizeof secs[0], n, f) == n);
    uint64_t pos = sizeof h + n * sizeof(zc_image_section);
    for (size_t i = 0; ok && i <= n; i++) {
        uint64_t want = i < n ? secs[i].offset : h.total;
        if (pos < want)
            ok = fwrite(zero, 1, want - pos, f) == want - pos;
        pos = want;
        if (ok && i < n && parts[i].size) {
            ok = fwrite(parts[i].data, 1, parts[i].size, f) == parts[i].size;
            pos += parts[i].size;
        }
    }
    if (fclose(f) != 0)
        ok = false;
    if (!ok || rename(tmp, path) != 0) {
        snprintf(err, errlen, "%s: write failed: %s", path, strerror(errno));
        remove(tmp);
        return ZC_EIO;
    }
    return ZC_OK;
}
