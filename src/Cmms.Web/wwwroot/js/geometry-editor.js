// The geometry editor of asset forms: any input or textarea marked data-geometry-editor="point", "line",
// "polygon" or "point-or-polygon" and holding a GeoJSON geometry gets a small map above it. A click places
// the point, or adds a vertex to the line or polygon; "undo the last point" and "clear" correct it; the
// GeoJSON is written back into the field, which stays visible and editable (a pasted GeoJSON is drawn).
// Without this script, or before Leaflet loads, the field is a plain text field where GeoJSON can be pasted.
// Optional: data-center="lat,lon" where the map opens when the field is empty.
(function () {
    'use strict';
    var fields = document.querySelectorAll('[data-geometry-editor]');
    var config = document.getElementById('geometry-editor-config');
    if (!fields.length || !config) {
        return;
    }

    var text = config.dataset;

    // Leaflet is loaded only on pages that have such a field.
    function withLeaflet(done) {
        if (window.L) {
            done();
            return;
        }
        var css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = '/lib/leaflet/leaflet.css';
        document.head.appendChild(css);
        var script = document.createElement('script');
        script.src = '/lib/leaflet/leaflet.js';
        script.onload = done;
        document.head.appendChild(script);
    }

    function round(value) {
        return Math.round(value * 1e7) / 1e7;
    }

    function button(label, className) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = className;
        b.textContent = label;
        return b;
    }

    // The field's geometry as an editable shape: its mode and its vertices ([lat, lon]); null when empty or unreadable.
    function read(value) {
        var geometry;
        try {
            geometry = JSON.parse(value);
        } catch (e) {
            return null;
        }
        if (!geometry || !geometry.type) {
            return null;
        }
        var swap = function (c) { return [c[1], c[0]]; };
        switch (geometry.type) {
            case 'Point':
                return { mode: 'point', vertices: [swap(geometry.coordinates)] };
            case 'LineString':
                return { mode: 'line', vertices: geometry.coordinates.map(swap) };
            case 'MultiLineString':
                return geometry.coordinates.length === 1 ? { mode: 'line', vertices: geometry.coordinates[0].map(swap) } : { mode: 'line', vertices: [], other: geometry };
            case 'Polygon':
                return { mode: 'polygon', vertices: geometry.coordinates[0].slice(0, -1).map(swap) };
            case 'MultiPolygon':
                return geometry.coordinates.length === 1 ? { mode: 'polygon', vertices: geometry.coordinates[0][0].slice(0, -1).map(swap) } : { mode: 'polygon', vertices: [], other: geometry };
            default:
                return null;
        }
    }

    function write(mode, vertices) {
        var lonLat = function (v) { return [round(v[1]), round(v[0])]; };
        if (mode === 'point' && vertices.length === 1) {
            return JSON.stringify({ type: 'Point', coordinates: lonLat(vertices[0]) });
        }
        if (mode === 'line' && vertices.length >= 2) {
            return JSON.stringify({ type: 'LineString', coordinates: vertices.map(lonLat) });
        }
        if (mode === 'polygon' && vertices.length >= 3) {
            var ring = vertices.map(lonLat);
            ring.push(ring[0]);
            return JSON.stringify({ type: 'Polygon', coordinates: [ring] });
        }
        return '';
    }

    function enhance(field, index) {
        var kind = field.dataset.geometryEditor;
        var modes = kind === 'point-or-polygon' ? ['point', 'polygon'] : [kind];
        if (!modes.every(function (m) { return m === 'point' || m === 'line' || m === 'polygon'; })) {
            return;
        }

        var shape = read(field.value) || { mode: modes[0], vertices: [] };
        var mode = modes.indexOf(shape.mode) >= 0 ? shape.mode : modes[0];
        var vertices = shape.vertices;

        var box = document.createElement('div');
        box.className = 'geometry-editor mb-2';
        var tools = document.createElement('div');
        tools.className = 'd-flex flex-wrap align-items-center gap-2 mb-1';
        var canvas = document.createElement('div');
        canvas.className = 'geometry-editor-map border rounded';
        canvas.setAttribute('role', 'region');
        canvas.setAttribute('aria-label', text.map);
        var help = document.createElement('div');
        help.className = 'form-text';
        help.setAttribute('aria-live', 'polite');

        if (modes.length > 1) {
            modes.forEach(function (m) {
                var id = 'geometry-editor-' + index + '-' + m;
                var wrap = document.createElement('div');
                wrap.className = 'form-check form-check-inline mb-0';
                var radio = document.createElement('input');
                radio.type = 'radio';
                radio.className = 'form-check-input';
                radio.name = 'geometry-editor-mode-' + index;
                radio.id = id;
                radio.checked = m === mode;
                radio.addEventListener('change', function () {
                    mode = m;
                    vertices = m === 'point' ? vertices.slice(-1) : vertices;
                    update();
                });
                var label = document.createElement('label');
                label.className = 'form-check-label';
                label.htmlFor = id;
                label.textContent = m === 'point' ? text.point : text.polygon;
                wrap.append(radio, label);
                tools.appendChild(wrap);
            });
        }

        var undo = button(text.undo, 'btn btn-outline-secondary btn-sm');
        var clear = button(text.clear, 'btn btn-outline-danger btn-sm');
        tools.append(undo, clear);
        box.append(tools, canvas, help);
        field.parentNode.insertBefore(box, field);

        var map = L.map(canvas);
        L.tileLayer(text.tiles, { maxZoom: 20, maxNativeZoom: 19, attribution: text.attribution }).addTo(map);
        var drawn = L.featureGroup().addTo(map);
        var other = shape.other ? L.geoJSON(shape.other, { style: { color: '#888', dashArray: '4' } }).addTo(map) : null;
        var writing = false;

        function update(skipField) {
            drawn.clearLayers();
            if (mode === 'point' && vertices.length) {
                L.marker(vertices[0], { keyboard: false }).addTo(drawn);
            } else if (vertices.length) {
                if (mode === 'polygon' && vertices.length >= 3) {
                    L.polygon(vertices, { color: '#1f4e79' }).addTo(drawn);
                } else {
                    L.polyline(vertices, { color: '#1f4e79' }).addTo(drawn);
                }
                vertices.forEach(function (v) {
                    L.circleMarker(v, { radius: 5, color: '#1f4e79', fillColor: '#fff', fillOpacity: 1, weight: 2 }).addTo(drawn);
                });
            }
            if (!skipField) {
                var value = write(mode, vertices);
                if (value !== field.value) {
                    field.value = value;
                    writing = true;
                    field.dispatchEvent(new Event('input', { bubbles: true }));
                    field.dispatchEvent(new Event('change', { bubbles: true }));
                    writing = false;
                }
            }
            undo.disabled = vertices.length === 0;
            clear.disabled = vertices.length === 0 && !field.value;
            help.textContent = mode === 'point' ? text.helpPoint
                : mode === 'line' ? (vertices.length < 2 ? text.helpLine : text.helpMore)
                : (vertices.length < 3 ? text.helpPolygon : text.helpMore);
        }

        map.on('click', function (e) {
            var vertex = [e.latlng.lat, e.latlng.lng];
            vertices = mode === 'point' ? [vertex] : vertices.concat([vertex]);
            update();
        });
        undo.addEventListener('click', function () {
            vertices = vertices.slice(0, -1);
            update();
        });
        clear.addEventListener('click', function () {
            vertices = [];
            if (other) {
                map.removeLayer(other);
                other = null;
            }
            update();
        });

        // A GeoJSON typed or pasted in the field is drawn (and edited from there).
        field.addEventListener('change', function () {
            if (writing) {
                return;
            }
            var typed = read(field.value);
            if (typed && modes.indexOf(typed.mode) >= 0) {
                mode = typed.mode;
                vertices = typed.vertices;
                update(true);
                if (vertices.length) {
                    map.fitBounds(L.latLngBounds(vertices), { maxZoom: 18, padding: [20, 20] });
                }
            }
        });

        var centre = (field.dataset.center || '').split(',').map(parseFloat);
        if (vertices.length) {
            map.fitBounds(L.latLngBounds(vertices), { maxZoom: 18, padding: [20, 20] });
        } else if (other) {
            map.fitBounds(other.getBounds(), { maxZoom: 18 });
        } else if (centre.length === 2 && isFinite(centre[0]) && isFinite(centre[1])) {
            map.setView(centre, 17);
        } else {
            map.setView([46.6, 2.4], 6);
        }
        update(true);
    }

    withLeaflet(function () {
        Array.prototype.forEach.call(fields, enhance);
    });
})();
