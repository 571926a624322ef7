"""Label sizes and positions shared by the BPMN generators of this folder (as bpmn-js draws names)."""
import re

def text_size(name):
    """Width and height of a label as viewers draw it: 11 px font (about 5.5 px a character), wrapped at 90 px."""
    lines = -(-len(name) * 11 // 180)
    return min(90, -(-len(name) * 11 // 2)), 14 * lines


def node_name(xml):
    text = xml if isinstance(xml, str) else xml[0]
    return re.search(r' name="([^"]*)"', text).group(1)


def node_label(name, x, y, w, h):
    """An event's or gateway's name centred under its shape, as wide as the text."""
    lw, lh = text_size(name)
    return (f'\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{x + w // 2 - lw // 2}" y="{y + h + 4}" width="{lw}" height="{lh}" />'
            f'\n        </bpmndi:BPMNLabel>')
