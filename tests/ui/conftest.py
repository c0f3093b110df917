import pytest
@pytest.fixture
def probe(request):
    pm = request.config.pluginmanager
    return [(pm.get_name(p), getattr(p, "__file__", None)) for p in pm.get_plugins() if "conftest" in str(getattr(p, "__file__", ""))]
