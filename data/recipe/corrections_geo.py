import json, math
def ring_area_km2(r):
    # spherical area, authalic radius
    R=6371.0072
    s=0
    for (x1,y1),(x2,y2) in zip(r,r[1:]):
        s+=math.radians(x2-x1)*(2+math.sin(math.radians(y1))+math.sin(math.radians(y2)))
    return abs(s*R*R/2)
def poly_area(p): return ring_area_km2(p[0])-sum(ring_area_km2(h) for h in p[1:])
def centroidish(p):
    r=p[0]; xs=[c[0] for c in r]; ys=[c[1] for c in r]
    return (sum(xs)/len(xs), sum(ys)/len(ys))
def polys(geom):
    return geom['coordinates'] if geom['type']=='MultiPolygon' else [geom['coordinates']]
